-- One form POST repeated: token requests (client_credentials, token exchange) and introspection.
--   BENCH_PATH, BENCH_AUTH (Authorization header), BENCH_BODY (urlencoded form)
--   BENCH_SAVE_TOKENS  when set, each thread appends the access_token of every response to
--                      BENCH_SAVE_TOKENS.<thread id> (the revocation scenario's tokens)
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")

wrk.method = "POST"
wrk.path = os.getenv("BENCH_PATH")
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")

local save = os.getenv("BENCH_SAVE_TOKENS")
local out = nil

setup = common.setup

function init(args)
   if save and save ~= "" then
      out = assert(io.open(save .. "." .. id, "w"))
      out:setvbuf("full")
   end
end

function response(status, headers, body)
   if common.check(status, body) and out then
      local token = string.match(body, '"access_token":%s*"([^"]+)"')
      if token then
         out:write(token, "\n")
         out:flush()
      end
   end
end

function done(summary, latency, requests)
   common.done(summary, latency)
end
