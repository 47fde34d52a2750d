module.exports = {
  openaiApiKey: process.env.OPENAI_API_KEY,
  password: process.env.DB_PASSWORD || '',
  apiKey: process.env['API_KEY'],
};
