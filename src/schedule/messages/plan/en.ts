/**
 * UI strings of the schedule's grid view, favourites ("My schedule"), calendar export and
 * conflicts. A catalog of their own: this code loads after the first render, so its strings
 * stay out of the first download too.
 */
const messages = {
  addToMySchedule: (title: string) => `Add “${title}” to my schedule`,
  mySchedule: 'My schedule',
  myScheduleCount: (formatted: string) => `My schedule (${formatted})`,
  addMyScheduleToCalendar: 'Add my schedule to calendar',
  addFilteredToCalendar: 'Add the filtered sessions to calendar',
  addAllToCalendar: 'Add all sessions to calendar',
  myScheduleEmpty: 'Your schedule is empty: star sessions to add them.',
  overlapsWith: (titles: string) => `Overlaps with ${titles}`,
  grid: 'Programme grid',
  /** The grid's name with the day it shows (`day` already formatted). */
  gridOfDay: (day: string) => `Programme grid: ${day}`,
  /** How to move in the grid (read with it by screen readers). */
  gridInstructions: 'Arrow keys move between sessions (up and down in a column, left and right to the next column), Home and End go to the first and last session, Enter opens it.',
  gridDay: 'Day shown in the grid',
  time: 'Time',
  noLocation: 'No location',
  otherSessions: 'Other sessions',
};
export default messages;
export type PlanMessages = typeof messages;
