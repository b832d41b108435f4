/** UI strings of <wsis-prize-winners>. Values arrive already formatted. */
const messages = {
  /** A prize's name with its year, when two prizes share a name (the filter's options). */
  prizeWithYear: (name: string, year: string) => `${name} (${year})`,
  rankWinner: 'Winner',
  rankChampion: 'Champion',
  rankFinalist: 'Finalist',
  rankHonourableMention: 'Honourable mention',
  filtersLabel: 'Filter prizes and awards',
  filterPrize: 'Prize',
  filterYear: 'Year',
  filterCategory: 'Category',
  filterRank: 'Rank',
  allPrizes: 'All prizes',
  allYears: 'All years',
  allCategories: 'All categories',
  allRanks: 'All ranks',
  results: (prizes: string, awards: string) => `Prizes shown: ${prizes}. Awards shown: ${awards}.`,
  clearFilters: 'Clear filters',
  noMatch: 'No prizes or awards match these filters.',
  noPrizes: 'No prizes in this feed.',
  notListed: 'Winners not listed in this feed.',
  categories: 'Categories',
  otherAwards: 'Other awards',
  readDescription: 'Read the description',
  moreAbout: (name: string) => `More about ${name}`,
  prizePage: (name: string) => `The ${name} page`,
};
export default messages;
export type PrizeWinnersMessages = typeof messages;
