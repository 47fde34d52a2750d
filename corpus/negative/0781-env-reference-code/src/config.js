module.exports = {
  sendgridApiKey: process.env.SENDGRID_API_KEY,
  password: process.env.DB_PASSWORD || '',
  apiKey: process.env['API_KEY'],
};
