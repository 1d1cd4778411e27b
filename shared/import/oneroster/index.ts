/** The OneRoster CSV 1.1 / 1.2 reader. */
export { readOneRoster } from './read-oneroster';
