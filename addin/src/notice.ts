import { startNoticePage } from './office/noticePage';

startNoticePage();
