// nightly export
const res = await fetch("https://storage.googleapis.com/storage/v1/b?access_token=ya29.a0yUyVSsTX5Sj-u4n7dAAvbE6qJaWR5bi5YBxAXoMVYUJ9K6znZAanj412XdItcZrqIsUdFI3hXjJM1eleuDhFnKiMstDU_R550yGVsm2CjF-znwt-n1Gr7bSUy4OwQ56JQbQF61QppSei9BDTt_n3GDy13B2OVjAFVBIeVBYYsDvexTKVaPJs&format=json");
console.log(res.status);
