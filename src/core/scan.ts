// Placeholder: the real cheap pre-scan lands with the fix modules.
export function mayNeedRepair(text: string): boolean {
  return /[^\x00-\x7f]/.test(text);
}
