module.exports = {
  awsSecretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  password: process.env.DB_PASSWORD || '',
  apiKey: process.env['API_KEY'],
};
