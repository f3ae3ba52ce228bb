// One inline review per run. Earlier comments are recognised by author and fingerprint: a finding
// already commented is not posted again, and a comment whose finding is gone is deleted unless
// someone replied to it. Comments the Action did not write are never touched. A review GitHub
// refuses or fails on costs its comments, never the findings: they go to the summary, and a
// notice says which.
import type { Finding, Severity } from '../core/finding.js';
import type { Review } from '../core/review-types.js';
import { fingerprintOf, groupComment, parseFingerprints, selectInlineFindings } from '../report/review-comment.js';
import { refusedWriteNotice, httpStatus, type GitHubApi, type NewReviewComment, type ReviewComment } from './api.js';
import { ownsComment, type CommentOwner } from './comment-owner.js';
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
  /** Whose comments are this job's: by login when the token's is known, and by scope. */
  owner: CommentOwner;
  /** Least severity commented inline (notices stay in the summary by default). */
  minSeverity?: Severity;
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
  /** Findings commented inline (now or by an earlier run), by fingerprint, with the comment's address when GitHub gave one. */
  commented: Map<string, string | undefined>;
  notices: string[];
}

/** This job's fingerprints in a comment, or [] when it is someone else's or another scope's. */
function ownFingerprints(comment: ReviewComment, owner: CommentOwner): string[] {
  return ownsComment(owner, comment) ? parseFingerprints(comment.body, owner.scope) : [];
}

interface Fresh {
  findings: Finding[];
  fingerprints: string[];
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
  const { pull, owner } = options;
  let batch = fresh;
  const giveUp = (notice: string): void => {
    result.notInline.push(...batch.flatMap((x) => x.findings));
    result.notices.push(notice);
  };
  for (let resent = false; ; resent = true) {
    const prints = new Set(batch.flatMap((x) => x.fingerprints));
    // A 5xx can come after GitHub created the review: one of its comments, ours and new, says so.
    const landed = async (): Promise<{ id: number } | undefined> => {
      const now = await api.listReviewComments(pull);
      const hit = now.find((c) => ownFingerprints(c, owner).some((fp) => prints.has(fp)));
      return hit ? { id: hit.reviewId ?? 0 } : undefined;
    };
    try {
      await api.createReview(pull, { commitId: options.commitId, comments: batch.map((x) => x.comment) }, landed);
      result.posted = batch.length;
      for (const x of batch) for (const fp of x.fingerprints) result.commented.set(fp, undefined);
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
          result.notInline.push(...outside.flatMap((x) => x.findings));
          result.notices.push(
            `GitHub refused inline comments outside the pull request's current diff; these findings are in the summary comment instead: ${outside.flatMap((x) => x.findings.map(where)).join(', ')}.`,
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
  const { pull, fileTexts, owner } = options;
  const result: InlineReviewResult = { posted: 0, kept: 0, deleted: 0, notInline: [], commented: new Map(), notices: [] };
  const fingerprint = (f: Finding): string => fingerprintOf(f, fileTexts.get(f.file));

  const { groups, rest } = selectInlineFindings(options.review.findings, {
    textOf: (path) => fileTexts.get(path),
    commentable: options.commentable,
    ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}),
    max: options.maxComments ?? 25,
  });
  result.notInline.push(...rest);
  const inline = groups.flatMap((g) => g.findings);

  let existing: ReviewComment[];
  try {
    existing = await api.listReviewComments(pull);
  } catch (err) {
    const notice = refusedWriteNotice(err);
    if (!notice) throw err;
    return { ...result, notInline: [...inline, ...rest], notices: [notice] };
  }
  const ours = existing.filter((c) => ownFingerprints(c, owner).length > 0);
  // Findings still present, inline or not, keep their comments; ignoring a finding retires it. A
  // comment whose findings are not all current is replaced, unless someone replied to it.
  const current = new Set(options.review.findings.filter((f) => !f.ignored).map(fingerprint));
  const repliedTo = new Set(existing.map((c) => c.inReplyToId).filter((id) => id !== undefined));
  const keep = ours.filter((c) => ownFingerprints(c, owner).every((fp) => current.has(fp)) || repliedTo.has(c.id));
  const stale = ours.filter((c) => !keep.includes(c));
  const alreadyPosted = new Map<string, string | undefined>();
  for (const c of keep) for (const fp of ownFingerprints(c, owner)) if (current.has(fp)) alreadyPosted.set(fp, c.htmlUrl);

  const fresh: Fresh[] = [];
  for (const group of groups) {
    const text = fileTexts.get(group.path) as string;
    // Identical statements flagged by the same rule share a fingerprint: one comment covers them.
    const seen = new Set<string>();
    const findings = group.findings.filter((f) => {
      const fp = fingerprint(f);
      if (alreadyPosted.has(fp) || seen.has(fp) || fresh.some((x) => x.fingerprints.includes(fp))) return false;
      seen.add(fp);
      return true;
    });
    if (findings.length === 0) continue;
    const comment = groupComment({ ...group, findings, anchor: findings[0] === group.findings[0] ? group.anchor : { ...group.anchor, suggestion: undefined } }, text, owner.scope);
    fresh.push({ findings, fingerprints: comment.fingerprints, comment });
  }
  for (const [fp, url] of alreadyPosted) result.commented.set(fp, url);

  try {
    if (fresh.length > 0) await postReview(api, options, fresh, result);
    result.kept = keep.length;
    for (const comment of stale) {
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
    if (result.posted === 0) result.notInline.push(...fresh.flatMap((x) => x.findings).filter((f) => !result.notInline.includes(f)));
  }
  // The new comments' addresses, for the summary's links.
  if (result.posted > 0) {
    try {
      for (const c of await api.listReviewComments(pull)) for (const fp of ownFingerprints(c, owner)) if (result.commented.has(fp)) result.commented.set(fp, c.htmlUrl);
    } catch {
      // Links are a convenience: the summary still names the lines.
    }
  }
  return result;
}
