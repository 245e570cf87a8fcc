/**
 * Whether this page may keep anything in localStorage. Some browsers refuse storage to a site inside another
 * site's frame (the getter or setItem throws); remembering inputs is then impossible and the form says so.
 */
export function storageWorks(): boolean {
  try {
    const probe = 'mz:storage-probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}
