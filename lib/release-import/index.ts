export { parseRelease } from './parse-release';
export type { KnownCity, ParsedRelease, ParseReleaseOptions, ReleaseContact, ReleasePhone } from './types';
