'use strict';

module.exports = {
  headers: { Authorization: `Bearer waWbzc6UTasbUu7tKj.yJLwgHCn9I4OSwqJYaaVPj~4GL80HK` },
  headers: { Authorization: `Bearer 30` },
  headers: { Authorization: `Bearer 300` },
  headers: { Authorization: `Bearer eu-west-1` },
};
