// nightly export
const res = await fetch("https://api.openai.com/v1/models?access_token=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&format=json");
console.log(res.status);
