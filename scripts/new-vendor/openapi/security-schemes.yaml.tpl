    __vendor__ApiKey:
      type: apiKey
      in: header
      name: X-Api-Key
