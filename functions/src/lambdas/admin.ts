import { handler as createAsset } from '../handlers/createAsset';
import { handler as listJobTemplates } from '../handlers/listJobTemplates';
import { handler as createJobTemplate } from '../handlers/createJobTemplate';
import { handler as updateJobTemplate } from '../handlers/updateJobTemplate';
import { handler as retireJobTemplate } from '../handlers/retireJobTemplate';
import { handler as createCategory } from '../handlers/createCategory';
import { handler as createLocation } from '../handlers/createLocation';
import { handler as createUser } from '../handlers/createUser';
import { handler as exportAssets } from '../handlers/exportAssets';
import { handler as exportUsers } from '../handlers/exportUsers';
import { handler as getAdminAsset } from '../handlers/getAdminAsset';
import { handler as importUsers } from '../handlers/importUsers';
import { handler as listAssets } from '../handlers/listAssets';
import { handler as listAdminLocations } from '../handlers/listAdminLocations';
import { handler as listAudit } from '../handlers/listAudit';
import { handler as exportLocations } from '../handlers/exportLocations';
import { handler as importAssets } from '../handlers/importAssets';
import { handler as importLocations } from '../handlers/importLocations';
import { handler as listUsers } from '../handlers/listUsers';
import { handler as reconcileReports } from '../handlers/reconcileReports';
import { handler as listAdminCategories } from '../handlers/listAdminCategories';
import { handler as getUser } from '../handlers/getUser';
import { handler as listShifts } from '../handlers/listShifts';
import { handler as setUserShifts } from '../handlers/setUserShifts';
import { handler as issueInvite } from '../handlers/issueInvite';
import { handler as retireAsset } from '../handlers/retireAsset';
import { handler as retireCategory } from '../handlers/retireCategory';
import { handler as retireLocation } from '../handlers/retireLocation';
import { handler as retireUser } from '../handlers/retireUser';
import { handler as revokeInvite } from '../handlers/revokeInvite';
import { handler as unlinkUser } from '../handlers/unlinkUser';
import { handler as updateAsset } from '../handlers/updateAsset';
import { handler as updateCategory } from '../handlers/updateCategory';
import { handler as updateLocation } from '../handlers/updateLocation';
import { handler as updateUser } from '../handlers/updateUser';
import { areaRouter } from './areaRouter';

/** The admin function: every route of contract/areas.ts's `admin` area. */
export const handler = areaRouter('admin', {
  createLocation,
  updateLocation,
  retireLocation,
  createAsset,
  updateAsset,
  retireAsset,
  createCategory,
  updateCategory,
  retireCategory,
  createUser,
  updateUser,
  retireUser,
  issueInvite,
  revokeInvite,
  unlinkUser,
  exportLocations,
  importLocations,
  exportAssets,
  importAssets,
  listUsers,
  reconcileReports,
  listAdminLocations,
  listAssets,
  getAdminAsset,
  listAudit,
  exportUsers,
  importUsers,
  listAdminCategories,
  getUser,
  listShifts,
  setUserShifts,
  // Multi-team job templates (issue 16)
  listJobTemplates,
  createJobTemplate,
  updateJobTemplate,
  retireJobTemplate,
});
