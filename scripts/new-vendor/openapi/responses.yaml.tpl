    __Vendor__Unauthorized:
      description: No API key, or one that names no account.
      content:
        application/json:
          schema: { $ref: '#/components/schemas/__Vendor__Error' }
          example: { error: invalid API key }
    __Vendor__RateLimited:
      description: Too many requests with this API key in the last minute.
      headers:
        Retry-After:
          description: Seconds until the oldest request in the window leaves it.
          schema: { type: integer }
      content:
        application/json:
          schema: { $ref: '#/components/schemas/__Vendor__Error' }
          example: { error: rate limited }
