## __Vendor__

Written by `npm run new-vendor`; replace each line with what the vendor's reference says.

- **Assumed**: the error body `{"error": "<message>"}`, the same for every status.
- **Assumed**: a request body past 100 KiB is refused with 413 (`maxBodyBytes`).
- **Assumed**: 60 requests per API key in any 60 seconds (`requests-per-minute`), then 429 with `Retry-After`.

