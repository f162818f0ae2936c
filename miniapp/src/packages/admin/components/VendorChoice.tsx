import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import type { Role } from '@contract/enums';
import type { Vendor } from '@contract/vendors';
import { pick, t } from '../../../i18n';
import { vendorApi } from '../services/vendorApi';
import { ROLES } from './peopleFilters';

/** The roles a person may hold: a vendor's staff only technician and vendor_manager (design16 §Vendors). */
export const VENDOR_ROLES: readonly Role[] = ['technician', 'vendor_manager'];
export const rolesFor = (vendorId: string | null): readonly Role[] => (vendorId ? VENDOR_ROLES : ROLES);
/** The roles kept when the employer changes: those the new side allows. */
export const keepAllowed = (roles: readonly Role[], vendorId: string | null): Role[] => roles.filter((r) => rolesFor(vendorId).includes(r));

/** Whom a person works for: the hospital, or one of its vendors under contract (issue 16). */
export function VendorChoice({ vendorId, error, onChange }: { vendorId: string | null; error?: string; onChange: (vendorId: string | null) => void }) {
  const [vendors, setVendors] = useState<Vendor[]>([]);
  useEffect(() => {
    // A failed read leaves only "hospital staff" to choose; the server checks the vendor anyway.
    vendorApi.list().then((list) => setVendors(list.items), () => setVendors([]));
  }, []);
  const chip = (id: string | null, label: string) => (
    <View key={id ?? 'hospital'} className={`chip ${vendorId === id ? 'chip--active' : ''}`} data-testid={`person-vendor-${id ?? 'none'}`} onClick={() => onChange(id)}>
      {label}
    </View>
  );
  return (
    <>
      <View className="person-form__label">{t('people.form.vendor')}</View>
      <View className="chips" data-testid="person-vendor">
        {chip(null, t('people.form.inHouse'))}
        {vendors.filter((v) => !v.retired || v.id === vendorId).map((v) => chip(v.id, pick(v.nameZh, v.nameEn)))}
      </View>
      {vendorId ? <View className="muted">{t('people.vendorRolesHint')}</View> : null}
      {error ? <View className="field-error">{error}</View> : null}
    </>
  );
}
