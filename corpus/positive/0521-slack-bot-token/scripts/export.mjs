// nightly export
const res = await fetch("https://slack.com/api/chat.postMessage?access_token=xoxb-84721522992-8016596922753-tKlNsrd0oAkkP0eCkCzYpKcV&format=json");
console.log(res.status);
