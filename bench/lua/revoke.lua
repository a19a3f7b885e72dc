-- RFC 7009 revocation of distinct tokens: thread i of n takes every n-th line of the files
-- BENCH_TOKENS.0 .. BENCH_TOKENS.<BENCH_TOKEN_FILES - 1>. A token is sent again only when the
-- list runs out (counted as "reused"; mint more to avoid it). Success is a 2xx.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")

wrk.method = "POST"
wrk.path = "/oauth2/revoke"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")

local threads = {}
function setup(thread)
   common.setup(thread)
   table.insert(threads, thread)
end

local tokens = {}
local next_token = 1
local wrapped = false
reused = 0

function init(args)
   local prefix = os.getenv("BENCH_TOKENS")
   local files = tonumber(os.getenv("BENCH_TOKEN_FILES"))
   local nthreads = tonumber(os.getenv("BENCH_THREADS"))
   local line = 0
   for f = 0, files - 1 do
      local h = io.open(prefix .. "." .. f, "r")
      if h then
         for token in h:lines() do
            if line % nthreads == id then
               table.insert(tokens, token)
            end
            line = line + 1
         end
         h:close()
      end
   end
   assert(#tokens > 0, "no tokens to revoke in " .. prefix .. ".*")
end

function request()
   local token = tokens[next_token]
   if wrapped then
      reused = reused + 1
   end
   next_token = next_token + 1
   if next_token > #tokens then
      next_token = 1
      wrapped = true
   end
   return wrk.format(nil, nil, nil, "token=" .. token .. "&token_type_hint=access_token")
end

function response(status, headers, body)
   common.check(status, body)
end

function done(summary, latency, requests)
   local total_reused = 0
   for _, t in ipairs(threads) do
      total_reused = total_reused + (t:get("reused") or 0)
   end
   common.done(summary, latency, string.format(',"reused":%d', total_reused))
end
