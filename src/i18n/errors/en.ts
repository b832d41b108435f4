/**
 * What went wrong, by `wsis-error` kind (the keys are the kinds): said in the error state above the technical message
 * (which stays in English). Loaded with the first error state shown: errors are rare, so these
 * strings stay out of every element's first download.
 */
const messages = {
  network: 'The feed could not be reached: the network failed, the browser is offline or the address is wrong.',
  http: (status: string) => `The server answered with status ${status} instead of the feed.`,
  parse: 'The feed is not valid JSON.',
  schema: 'The feed does not follow the feed-v1 format.',
  version: 'The feed is of a version this widget does not read.',
  code: 'Part of this widget’s code could not be loaded: the network failed or the browser is offline.',
};
export default messages;
export type ErrorMessages = typeof messages;
