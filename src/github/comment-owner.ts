// Whose comment is whose. A job owns the comments its token wrote (by login) whose markers name
// its scope; when the token cannot say who it is (GET /user refused), a comment written by a bot
// account stands in for the login, so a person who pastes a marker never has a comment edited.
export interface CommentOwner {
  /** The token's login; undefined when GitHub would not say. */
  login: string | undefined;
  /** The job's scope ('' for a job without `name` or `migrations`); markers carry it. */
  scope: string;
}

export function ownsComment(owner: CommentOwner, comment: { user: string | undefined; userType?: string | undefined }): boolean {
  if (owner.login !== undefined) return comment.user === owner.login;
  return comment.userType === 'Bot';
}
