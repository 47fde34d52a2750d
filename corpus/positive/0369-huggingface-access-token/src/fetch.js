// nightly export
const res = await fetch("https://huggingface.co/api/whoami-v2?access_token=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&format=json");
console.log(res.status);
