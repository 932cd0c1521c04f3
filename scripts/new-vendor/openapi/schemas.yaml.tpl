    __Vendor__Error:
      type: object
      required: [error]
      properties:
        error: { type: string }
    __Vendor__Account:
      type: object
      required: [id, name, created_at]
      properties:
        id: { type: string }
        name: { type: string }
        created_at: { type: string, format: date-time }
