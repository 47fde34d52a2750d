module.exports = {
  anthropicApiKey: process.env.ANTHROPIC_API_KEY,
  password: process.env.DB_PASSWORD || '',
  apiKey: process.env['API_KEY'],
};
