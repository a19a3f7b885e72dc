-- Shared by the scenario scripts: response checks per thread, and one JSON result line from done().
-- Settings come from the environment (bench/run sets them):
--   BENCH_EXPECT  Lua pattern the body must contain (empty: any 2xx passes)
--   BENCH_RESULT  file the result JSON is written to
local common = {}

local threads = {}
local expect = os.getenv("BENCH_EXPECT") or ""

function common.setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

-- per thread (each wrk thread has its own Lua state)
responses = 0
errors = 0
first_error = nil

function common.check(status, body)
   responses = responses + 1
   local ok = status >= 200 and status < 300
   if ok and expect ~= "" then
      ok = body ~= nil and string.find(body, expect) ~= nil
   end
   if not ok then
      errors = errors + 1
      if first_error == nil then
         first_error = tostring(status) .. " " .. string.sub(body or "", 1, 200)
      end
   end
   return ok
end

local function json_string(s)
   s = string.gsub(s, '[%c"\\]', function(c) return string.format("\\u%04x", string.byte(c)) end)
   return '"' .. s .. '"'
end

function common.done(summary, latency, extra)
   local responses_total, errors_total, first = 0, 0, ""
   for _, t in ipairs(threads) do
      responses_total = responses_total + (t:get("responses") or 0)
      errors_total = errors_total + (t:get("errors") or 0)
      local e = t:get("first_error")
      if first == "" and e ~= nil then first = e end
   end
   local e = summary.errors
   local socket_errors = e.connect + e.read + e.write + e.timeout
   local seconds = summary.duration / 1e6
   local out = string.format(
      '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,' ..
      '"max_ms":%.3f,"mean_ms":%.3f,"responses":%d,"check_errors":%d,"socket_errors":%d,' ..
      '"non2xx":%d,"errors":%d,"first_error":%s%s}',
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, latency.mean / 1000, responses_total, errors_total, socket_errors,
      e.status, errors_total + socket_errors, json_string(first), extra or "")
   local path = os.getenv("BENCH_RESULT")
   if path and path ~= "" then
      local f = assert(io.open(path, "w"))
      f:write(out, "\n")
      f:close()
   end
   io.write(out, "\n")
end

return common
