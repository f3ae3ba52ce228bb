// One inline review per run. Earlier comments are recognised by author and fingerprint: a finding
// already commented is not posted again, and a comment whose finding is gone is deleted unless
// someone replied to it. Comments the Action did not write are never touched. A review GitHub
// refuses or fails on costs its comments, never the findings: they go to the summary, and a
// notice says which.
import type { Finding } from '../core/finding.js';
import type { Review } from '../core/review-types.js';
import { findingFingerprint, inlineComment, parseFingerprint, selectInlineFindings } from '../report/review-comment.js';
import { refusedWriteNotice, httpStatus, type GitHubApi, type NewReviewComment, type ReviewComment } from './api.js';
import { commentableRanges, isCommentable, type LineRange } from './diff-hunks.js';

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

interface Fresh {
  finding: Finding;
  fingerprint: string;
  comment: NewReviewComment;
}

const where = (f: Finding): string => `${f.ruleId} at ${f.file}:${f.line}`;

/** Whether a comment lies inside the pull request's diff as GitHub lists it now. */
async function currentDiff(api: GitHubApi, pull: number): Promise<(c: NewReviewComment) => boolean> {
  const { files } = await api.listPullFiles(pull);
  const hunks = new Map<string, LineRange[]>(files.map((f) => [f.filename, f.patch ? commentableRanges(f.patch) : []]));
  return (c) => isCommentable(hunks.get(c.path) ?? [], c.startLine ?? c.line, c.line);
}

/** Posts `fresh` as one review; what cannot be posted moves to `result.notInline` with a notice. */
async function postReview(api: GitHubApi, options: InlineReviewOptions, fresh: Fresh[], result: InlineReviewResult): Promise<void> {
  const { pull, me } = options;
  let batch = fresh;
  const giveUp = (notice: string): void => {
    result.notInline.push(...batch.map((x) => x.finding));
    result.notices.push(notice);
  };
  for (let resent = false; ; resent = true) {
    const prints = new Set(batch.map((x) => x.fingerprint));
    // A 5xx can come after GitHub created the review: one of its comments, ours and new, says so.
    const landed = async (): Promise<{ id: number } | undefined> => {
      const now = await api.listReviewComments(pull);
      const hit = now.find((c) => prints.has(ownFingerprint(c, me) as string));
      return hit ? { id: hit.reviewId ?? 0 } : undefined;
    };
    try {
      await api.createReview(pull, { commitId: options.commitId, comments: batch.map((x) => x.comment) }, landed);
      result.posted = batch.length;
      return;
    } catch (err) {
      const status = httpStatus(err);
      const message = err instanceof Error ? err.message : String(err);
      if (status === 422 && !resent) {
        // GitHub refuses the whole review for one comment outside the diff and does not say
        // which. The diff may have moved since it was read (a push meanwhile): read it again and
        // send the review once more without the comments now outside it.
        const inDiff = await currentDiff(api, pull);
        const outside = batch.filter((x) => !inDiff(x.comment));
        if (outside.length > 0) {
          result.notInline.push(...outside.map((x) => x.finding));
          result.notices.push(
            `GitHub refused inline comments outside the pull request's current diff; these findings are in the summary comment instead: ${outside.map((x) => where(x.finding)).join(', ')}.`,
          );
          batch = batch.filter((x) => !outside.includes(x));
          if (batch.length === 0) return;
          continue;
        }
      }
      if (status === 422) {
        return giveUp(`GitHub refused the inline review comments (${message}); the findings are in the summary comment.`);
      }
      if (status !== undefined && status >= 500) {
        return giveUp(`GitHub failed to post the inline review comments (${message}); the findings are in the summary comment.`);
      }
      throw err;
    }
  }
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
    const notice = refusedWriteNotice(err);
    if (!notice) throw err;
    return { ...result, notInline: [...inline, ...rest], notices: [notice] };
  }
  const ours = existing.filter((c) => ownFingerprint(c, me) !== null);
  const alreadyPosted = new Set(ours.map((c) => ownFingerprint(c, me)));

  const fresh: Fresh[] = [];
  const queued = new Set<string>();
  for (const finding of inline) {
    const fp = fingerprint(finding) as string;
    // Identical statements flagged by the same rule share a fingerprint: one comment covers them.
    if (alreadyPosted.has(fp) || queued.has(fp)) continue;
    queued.add(fp);
    fresh.push({ finding, fingerprint: fp, comment: inlineComment(finding, fileTexts.get(finding.file) as string) });
  }

  try {
    if (fresh.length > 0) await postReview(api, options, fresh, result);

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
    const notice = refusedWriteNotice(err);
    if (!notice) throw err;
    result.notices.push(notice);
    if (result.posted === 0) result.notInline.push(...fresh.map((x) => x.finding).filter((f) => !result.notInline.includes(f)));
  }
  return result;
}
