// nightly export
const res = await fetch("https://gitlab.com/api/v4/projects?access_token=glpat-GSzci-9LHRTkYX2K3s5f&format=json");
console.log(res.status);
