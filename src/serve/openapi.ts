/** The OpenAPI 3 description of the JSON API, served at /openapi.json. */
export function openApiDocument() {
  const json = (schema: object, description = 'OK') => ({
    description,
    content: { 'application/json': { schema } },
  });
  const error = { $ref: '#/components/responses/Error' };
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
  const refParam = {
    name: 'ref',
    in: 'path',
    required: true,
    description: 'Sentence reference SECTION.INDEX as listed by /verification, e.g. "1.0"',
    schema: { type: 'string', pattern: '^\\d+\\.\\d+$' },
  };
  const writeBody = (props: Record<string, object>, required: string[] = []) => ({
    required: false,
    content: {
      'application/json': { schema: { type: 'object', properties: props, required } },
      'application/x-www-form-urlencoded': {
        schema: { type: 'object', properties: { ...props, token: { type: 'string' } }, required },
      },
    },
  });
  const expected = {
    expected: { type: 'string', description: 'The sentence text as loaded; 409 if it changed since' },
  };
  const action = (summary: string, body: object) => ({
    summary,
    security: [{ bearer: [] }, { formToken: [] }],
    parameters: [idParam, refParam],
    requestBody: body,
    responses: {
      200: json({ $ref: '#/components/schemas/ActionResult' }),
      303: { description: 'Form posts are redirected back to /review' },
      400: error,
      401: error,
      403: error,
      404: error,
      409: error,
      413: error,
      422: error,
    },
  });
  return {
    openapi: '3.0.3',
    info: {
      title: 'wireproof',
      version: '1',
      description:
        'Stories, their verified articles and sources. Reads are public; review actions need the editor token as "Authorization: Bearer TOKEN" or a "token" form field.',
    },
    paths: {
      '/health': {
        get: { summary: 'Liveness and store counts', responses: { 200: json({ type: 'object' }) } },
      },
      '/api/stories': {
        get: {
          summary: 'All stories, newest development first',
          responses: { 200: json({ type: 'object' }) },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: 'One story with its source metadata and timeline',
          parameters: [idParam],
          responses: { 200: json({ type: 'object' }), 404: error },
        },
      },
      '/api/stories/{id}/article': {
        get: {
          summary: 'The story\'s current article (schema "wireproof.article/1")',
          parameters: [idParam],
          responses: { 200: json({ $ref: '#/components/schemas/Article' }), 404: error },
        },
      },
      '/api/stories/{id}/verification': {
        get: {
          summary: 'Every sentence of the article with its verdict, reasons and evidence',
          parameters: [idParam],
          responses: { 200: json({ type: 'object' }), 404: error },
        },
      },
      '/api/sources': {
        get: {
          summary: 'Source metadata (without body text), paged',
          parameters: [
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          ],
          responses: { 200: json({ type: 'object' }), 400: error },
        },
      },
      '/api/sources/{id}': {
        get: {
          summary: 'One source with its text',
          parameters: [idParam],
          responses: { 200: json({ type: 'object' }), 404: error },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over sources and articles',
          parameters: [
            { name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } },
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
            },
          ],
          responses: { 200: json({ type: 'object' }), 400: error },
        },
      },
      '/api/stories/{id}/sentences/{ref}/approve': {
        post: action('Approve a flagged sentence as it is', writeBody(expected)),
      },
      '/api/stories/{id}/sentences/{ref}/drop': {
        post: action('Drop a sentence from the article', writeBody(expected)),
      },
      '/api/stories/{id}/sentences/{ref}/edit': {
        post: action(
          'Replace a sentence; the edit is verified first and refused (422) if contradicted or unsupported',
          writeBody(
            {
              ...expected,
              text: { type: 'string', maxLength: 1000 },
              citations: {
                type: 'string',
                description: 'Source numbers, e.g. "1, 3"; default the current ones',
              },
            },
            ['text'],
          ),
        ),
      },
      '/api/stories/{id}/regenerate': {
        post: {
          summary: "Write the article again from the story's sources",
          security: [{ bearer: [] }, { formToken: [] }],
          parameters: [idParam],
          responses: {
            200: json({ $ref: '#/components/schemas/ActionResult' }),
            401: error,
            403: error,
            404: error,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        formToken: {
          type: 'apiKey',
          in: 'cookie',
          name: 'token',
          description: 'Form field "token" (HTML forms)',
        },
      },
      responses: {
        Error: json(
          {
            type: 'object',
            required: ['error'],
            properties: {
              error: {
                type: 'object',
                required: ['status', 'message'],
                properties: { status: { type: 'integer' }, message: { type: 'string' } },
              },
            },
          },
          'Error',
        ),
      },
      schemas: {
        Article: { type: 'object', description: 'See docs/publish.md, "JSON article format"' },
        ActionResult: {
          type: 'object',
          properties: {
            ok: { type: 'boolean' },
            action: { type: 'string' },
            article: { $ref: '#/components/schemas/Article' },
          },
        },
      },
    },
  };
}
