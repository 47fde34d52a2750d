// nightly export
const res = await fetch("https://api.github.com/user/repos?access_token=ghs_kk68t9gjcBkJjwLpNHj2e8PdGJrjq00xL9tT&format=json");
console.log(res.status);
