// The fixed body bare node and the WireMock stub answer: about the size of a /chat/ reply.
export const BARE_BODY = JSON.stringify({
  success: true,
  response:
    'Our business hours are Monday to Friday, 9 AM to 5 PM EST. ' +
    'We are closed on public holidays and answer email within one day.',
  session_id: 'bench',
});
