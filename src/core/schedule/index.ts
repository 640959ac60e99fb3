export { dailyPeriod, hourPeriod, monthClosePeriod, yesterday } from './due';
export { isQuietTime, pushTime } from './quiet-hours';
