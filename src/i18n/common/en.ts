/** Strings every element shows: its states. */
const messages = {
  loading: 'Loading…',
  errorTitle: 'This content could not be loaded.',
  errorDetails: 'Details for the site’s web team',
  /** What went wrong, by `wsis-error` kind, above the technical message (which stays in English). */
  errorNetwork: 'The feed could not be reached: the network failed, the browser is offline or the address is wrong.',
  errorHttp: (status: string) => `The server answered with status ${status} instead of the feed.`,
  errorParse: 'The feed is not valid JSON.',
  errorSchema: 'The feed does not follow the feed-v1 format.',
  errorVersion: 'The feed is of a version this widget does not read.',
  errorCode: 'Part of this widget’s code could not be loaded: the network failed or the browser is offline.',
  retry: 'Try again',
  empty: 'Nothing to show.',
  staleNotice: 'Could not update; showing the last version loaded.',
};
export default messages;
export type CommonMessages = typeof messages;
