// nightly export
const res = await fetch("https://api.groq.com/openai/v1/models?access_token=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&format=json");
console.log(res.status);
