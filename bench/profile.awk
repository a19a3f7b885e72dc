# Sorts async-profiler's collapsed stacks ("frame;frame;... count") of one scenario into where the
# server's CPU went, as one JSON line of percentages. The first matching class wins, so a signature
# computed inside a request counts as the signature, not as the request.
function add(k, n) { part[k] += n }
{
  n = $NF; stack = $0; sub(/ [0-9]+$/, "", stack); total += n
  if (stack ~ /engineSign|RSASSASigner\.sign|ECDSASigner\.sign|Signature\.sign|XMLSignature\.sign/) add("signature", n)
  else if (stack ~ /engineVerify|RSASSAVerifier\.verify|ECDSAVerifier\.verify/) add("verify", n)
  else if (stack ~ /CompileBroker|C2Compiler|Compilation::|CompileQueue/) add("jit", n)
  else if (stack ~ /VM_GenCollect|GCTaskThread|GenCollectedHeap|DefNewGeneration|TenuredGeneration|VM_CollectFor/) add("gc", n)
  else if (stack ~ /org\/symbolon\//) add("symbolon", n)
  else if (stack ~ /org\/h2\/|org\/postgresql\/|org\/eclipse\/persistence\//) add("database", n)
  else if (stack ~ /java\/lang\/Thread\.run|HttpDispatcherLink|com\/ibm\/ws\//) add("stack", n)
  else add("other", n)
}
END {
  if (total == 0) exit
  printf "{\"db\":\"%s\",\"scenario\":\"%s\",\"samples\":%d", db, sc, total
  split("signature verify symbolon database stack jit gc other", keys, " ")
  for (i = 1; i <= 8; i++) printf ",\"%s\":%.1f", keys[i], 100 * part[keys[i]] / total
  print "}"
}
