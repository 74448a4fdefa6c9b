/**
 * Shows a stored phone number (digits only, leading 0, as the backend normalises
 * it) in the groups Cambodians write: 012 345 678, 097 123 4567. Display only:
 * whatever is stored is shown, grouped when it has the usual length.
 */
export function formatPhone(digits: string): string {
  if (!/^0\d{8,9}$/.test(digits)) return digits;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
