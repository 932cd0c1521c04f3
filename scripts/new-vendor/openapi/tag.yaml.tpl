  - name: __vendor__
    description: __Vendor__ API (say here where its reference is)
    x-vendor:
      mount: /__vendor__
      origin: https://api.__vendor__.example
      basePath: /v1/
      errorSchema: __Vendor__Error
      # Assumed (docs/fidelity.md): 100 KiB, bigger bodies are refused with 413.
      maxBodyBytes: 102400
      sessionFields: []
    x-limits:
      requests-per-minute:
        kind: rate
        per: api-key
        window: sliding
        windowSeconds: 60
        limit: 60
        operations: '*'
        description: Requests per API key in any 60 seconds; the 61st is refused with 429 and Retry-After.
