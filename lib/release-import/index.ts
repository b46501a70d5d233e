export { parseRelease } from './parse-release';
export { toDirectoryKind } from './types';
export type {
  KnownCity,
  ParsedRelease,
  ParseReleaseOptions,
  ReleaseContact,
  ReleasePhone,
  ReleasePhoneKind,
} from './types';
