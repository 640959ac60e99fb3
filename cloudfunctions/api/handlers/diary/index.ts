import type { Handler } from '../../handler';
import diaryGet from './get';
import diarySave from './save';
import diaryAmend from './amend';
import diaryList from './list';
import diaryUploadPhoto from './upload-photo';
import householdsList from './households-list';
import visitRecord from './visit-record';

/** The handlers of this area, one per contract in types/actions/diary.ts. */
export const DIARY_HANDLERS: Handler[] = [diaryGet, diarySave, diaryAmend, diaryList, diaryUploadPhoto, householdsList, visitRecord] as Handler[];
