// The Age header (RFC 9111 §5.1) of an answer from nginx's cache: seconds since the app sent it (its Date).
function age(r) {
  const date = Date.parse(r.variables.upstream_http_date || '');
  if (Number.isNaN(date)) return '';
  return String(Math.max(0, Math.floor((Date.now() - date) / 1000)));
}

const pressline = { age };

export default pressline;
