
  # ───────────────────────────── __Vendor__ ─────────────────────────────
  /__vendor__/v1/account:
    get:
      operationId: __vendor__GetAccount
      tags: [__vendor__]
      summary: The account the API key belongs to.
      security:
        - __vendor__ApiKey: []
      responses:
        '200':
          description: The account.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/__Vendor__Account' }
              example: { id: 7f0c2a9e-1b3d-4e5f-8a6b-9c0d1e2f3a4b, name: Demo account, created_at: '2025-06-02T09:00:00Z' }
        '401': { $ref: '#/components/responses/__Vendor__Unauthorized' }
        '429': { $ref: '#/components/responses/__Vendor__RateLimited' }
