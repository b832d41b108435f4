/** Strings every element shows: its states. */
const messages = {
  loading: 'Loading…',
  errorTitle: 'This content could not be loaded.',
  errorDetails: 'Details for the site’s web team',
  retry: 'Try again',
  empty: 'Nothing to show.',
  staleNotice: 'Could not update; showing the last version loaded.',
};
export default messages;
export type CommonMessages = typeof messages;
