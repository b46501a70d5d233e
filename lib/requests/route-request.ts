/**
 * Who really gets an interview request addressed to a spokesperson: the one rule behind the form's
 * "goes to" line, the stored addressees (and so the inbox) and the e-mails, whichever page the
 * request came from (contact, city or release).
 */
import { isOnLeave, localNow, type Leave } from '../directory/availability';

export type RoutablePerson = { fullName: string; active: boolean; leave: Leave; timeZone: string };

export type Links<P> = {
  /** Who takes their calls while they are on leave */
  delegateOf: (person: P) => P | null | undefined;
  /** Who took over when they left */
  successorOf: (person: P) => P | null | undefined;
};

export type RequestRoute<P> = {
  /** The person whose inbox and e-mail the request reaches */
  to: P;
  why: 'self' | 'delegate' | 'successor';
  /** The person the journalist addressed, when someone else takes the request */
  for: P | null;
  /** "Tommaso Della Longa, covering for Ayuna Batoeva" */
  label: string;
};

/**
 * A departed person's requests go to their successor (followed while they too have left); someone on
 * leave (until the morning of their return date, in their city) has theirs go to their delegate,
 * if the delegate is still listed. Null when nobody listed can take it: the desk does.
 */
export function routeRequest<P extends RoutablePerson>(
  addressed: P,
  links: Links<P>,
  now: Date,
): RequestRoute<P> | null {
  let current: P | null | undefined = addressed;
  for (let hops = 0; current && !current.active && hops < 5; hops++) current = links.successorOf(current);
  if (!current?.active) return null;
  const departed = current !== addressed;
  if (isOnLeave(current.leave, localNow(now, current.timeZone).date)) {
    const delegate = links.delegateOf(current);
    if (delegate?.active && !isOnLeave(delegate.leave, localNow(now, delegate.timeZone).date)) {
      return {
        to: delegate,
        why: 'delegate',
        for: current,
        label: `${delegate.fullName}, covering for ${current.fullName}`,
      };
    }
  }
  if (departed)
    return {
      to: current,
      why: 'successor',
      for: addressed,
      label: `${current.fullName}, who took over from ${addressed.fullName}`,
    };
  return { to: current, why: 'self', for: null, label: current.fullName };
}
