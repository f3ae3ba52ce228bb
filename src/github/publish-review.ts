// One inline review per run. Earlier comments are recognised by author and fingerprint: a finding
// already commented is not posted again, and a comment whose finding is gone is deleted unless
// someone replied to it. Comments the Action did not write are never touched.
import type { Finding } from '../core/finding.js';
import type { Review } from '../core/review-types.js';
import { findingFingerprint, inlineComment, parseFingerprint, selectInlineFindings } from '../report/review-comment.js';
import { forbiddenNotice, httpStatus, type GitHubApi, type NewReviewComment, type ReviewComment } from './api.js';

export interface InlineReviewOptions {
  pull: number;
  /** Head commit the findings were computed on. */
  commitId: string;
  review: Pick<Review, 'findings'>;
  /** Text of each reviewed file at the head commit; findings in files without text stay out of the review. */
  fileTexts: ReadonlyMap<string, string>;
  /** Whether lines [line, endLine] of the file are inside a diff hunk. */
  commentable: (path: string, line: number, endLine: number) => boolean;
  /** Login the token writes as. */
  me: string;
  maxComments?: number;
}

export interface InlineReviewResult {
  /** New comments posted by this run. */
  posted: number;
  /** Earlier comments left in place (finding still present, or replied to). */
  kept: number;
  deleted: number;
  /** Non-ignored findings not commented inline: the summary must carry them. */
  notInline: Finding[];
  notices: string[];
}

function ownFingerprint(comment: ReviewComment, me: string): string | null {
  return comment.user === me ? parseFingerprint(comment.body) : null;
}

export async function publishInlineReview(api: GitHubApi, options: InlineReviewOptions): Promise<InlineReviewResult> {
  const { pull, fileTexts, me } = options;
  const result: InlineReviewResult = { posted: 0, kept: 0, deleted: 0, notInline: [], notices: [] };
  const fingerprint = (f: Finding): string | undefined => {
    const text = fileTexts.get(f.file);
    return text === undefined ? undefined : findingFingerprint(f, text);
  };

  const { inline, rest } = selectInlineFindings(
    options.review.findings,
    (path, line, endLine) => fileTexts.has(path) && options.commentable(path, line, endLine),
    options.maxComments ?? 25,
  );
  result.notInline.push(...rest);

  let existing: ReviewComment[];
  try {
    existing = await api.listReviewComments(pull);
  } catch (err) {
    const notice = forbiddenNotice(err);
    if (!notice) throw err;
    return { ...result, notInline: [...inline, ...rest], notices: [notice] };
  }
  const ours = existing.filter((c) => ownFingerprint(c, me) !== null);
  const alreadyPosted = new Set(ours.map((c) => ownFingerprint(c, me)));

  const fresh: { finding: Finding; comment: NewReviewComment }[] = [];
  const queued = new Set<string>();
  for (const finding of inline) {
    const fp = fingerprint(finding) as string;
    // Identical statements flagged by the same rule share a fingerprint: one comment covers them.
    if (alreadyPosted.has(fp) || queued.has(fp)) continue;
    queued.add(fp);
    fresh.push({ finding, comment: inlineComment(finding, fileTexts.get(finding.file) as string) });
  }

  try {
    if (fresh.length > 0) {
      try {
        await api.createReview(pull, { commitId: options.commitId, comments: fresh.map((x) => x.comment) });
        result.posted = fresh.length;
      } catch (err) {
        if (httpStatus(err) !== 422) throw err;
        // GitHub does not say which comment it refused (a line outside the diff, a commit that is
        // no longer the head): none go inline, the summary lists them all.
        result.notInline.push(...fresh.map((x) => x.finding));
        const message = err instanceof Error ? err.message : String(err);
        result.notices.push(`GitHub refused the inline review comments (${message}); the findings are in the summary comment.`);
      }
    }

    // Findings still present, inline or not, keep their comments; ignoring a finding retires it.
    const current = new Set(options.review.findings.filter((f) => !f.ignored).map(fingerprint));
    const repliedTo = new Set(existing.map((c) => c.inReplyToId).filter((id) => id !== undefined));
    for (const comment of ours) {
      if (current.has(ownFingerprint(comment, me) as string) || repliedTo.has(comment.id)) {
        result.kept++;
        continue;
      }
      try {
        await api.deleteReviewComment(comment.id);
        result.deleted++;
      } catch (err) {
        // Already deleted by someone else.
        if (httpStatus(err) !== 404) throw err;
      }
    }
  } catch (err) {
    const notice = forbiddenNotice(err);
    if (!notice) throw err;
    result.notices.push(notice);
    if (result.posted === 0) result.notInline.push(...fresh.map((x) => x.finding).filter((f) => !result.notInline.includes(f)));
  }
  return result;
}
