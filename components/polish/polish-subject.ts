import type { Draft } from '../../storage/draft';
import type { PolishRequest } from './polish-request';

/** What one pass polishes, fixed when it starts so the result is written back where it came from. */
export interface PolishSubject {
  text: string;
  request: PolishRequest;
  draft?: Draft;
}

/** A request for a draft without its own text means the whole stored body. */
export function subjectFor(request: PolishRequest, draft: Draft | undefined): PolishSubject {
  if (!draft) return { text: request.text, request };
  const range = request.range;
  return { text: range ? draft.body.slice(range.start, range.end) : draft.body, request, draft };
}

/** The draft body with the reviewed text in place of the polished part. */
export function bodyWith(subject: PolishSubject, result: string): string {
  const body = subject.draft?.body ?? '';
  const range = subject.request.range;
  return range ? body.slice(0, range.start) + result + body.slice(range.end) : result;
}
