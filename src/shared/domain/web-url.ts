/**
 * Whether a stored address may be a link: `http` or `https` only. The contracts accept no other
 * (`WebUrl`); this guards pages against addresses stored before they did.
 */
export function isWebUrl(address: string | null | undefined): address is string {
  return typeof address === 'string' && /^https?:\/\/[^\s]/i.test(address);
}
