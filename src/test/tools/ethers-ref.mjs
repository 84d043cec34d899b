// Reference signer for the test suite: reads a JSON array of jobs on stdin, answers a JSON array
// on stdout, one result per job, computed by ethers v6 (an independent implementation).
//   {op:"signTx", key, tx}                 -> {raw}
//   {op:"signMessage", key, text|hex}     -> {signature}
//   {op:"signTypedData", key, typedData}  -> {signature, digest}
//   {op:"encodeCall", signature, args}     -> {data}      (args: JSON values; big ints as strings)
//   {op:"encodeAbi", abi, fn, args}        -> {data, selector}  (fn: name or full signature within the ABI)
//   {op:"encodeDeploy", abi, bytecode, args} -> {data}    (creation code + constructor arguments)
//   {op:"digestJson", value}              -> {canonical, digest}  (RFC 8785 via 'canonicalize', keccak256)
//   {op:"parseTx", raw}                    -> {from, hash, type, chainId, nonce, to, value, data}
import { Wallet, Transaction, Interface, TypedDataEncoder, getBytes, keccak256, toUtf8Bytes } from 'ethers';
import canonicalize from 'canonicalize';

const input = await new Promise((resolve) => {
  let s = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (c) => (s += c));
  process.stdin.on('end', () => resolve(s));
});
const jobs = JSON.parse(input);
const wallets = new Map();
const wallet = (k) => {
  if (!wallets.has(k)) wallets.set(k, new Wallet(k));
  return wallets.get(k);
};
const out = [];
for (const j of jobs) {
  try {
    switch (j.op) {
      case 'signTx': {
        const t = j.tx;
        const tx = {
          type: Number(t.type), chainId: BigInt(t.chainId), nonce: Number(BigInt(t.nonce)),
          to: t.to ?? null, value: BigInt(t.value ?? 0), data: t.data ?? '0x', gasLimit: BigInt(t.gas),
        };
        if (tx.type === 2) {
          tx.maxFeePerGas = BigInt(t.maxFeePerGas);
          tx.maxPriorityFeePerGas = BigInt(t.maxPriorityFeePerGas);
        } else {
          tx.gasPrice = BigInt(t.gasPrice);
        }
        if (tx.type !== 0) tx.accessList = t.accessList ?? [];
        const x = Transaction.from(tx);
        x.signature = wallet(j.key).signingKey.sign(x.unsignedHash);
        out.push({ raw: x.serialized });
        break;
      }
      case 'signMessage':
        out.push({ signature: wallet(j.key).signMessageSync(j.text !== undefined ? j.text : getBytes(j.hex)) });
        break;
      case 'signTypedData': {
        const td = j.typedData;
        const types = { ...td.types };
        delete types.EIP712Domain;
        const digest = TypedDataEncoder.hash(td.domain, types, td.message);
        out.push({ digest, signature: wallet(j.key).signingKey.sign(digest).serialized });
        break;
      }
      case 'encodeCall': {
        const iface = new Interface(['function ' + j.signature]);
        out.push({ data: iface.encodeFunctionData(iface.fragments[0].name, j.args) });
        break;
      }
      case 'encodeAbi': {
        // a call against a whole ABI (selectors computed by ethers from the ABI JSON)
        const iface = new Interface(j.abi);
        out.push({ data: iface.encodeFunctionData(j.fn, j.args), selector: iface.getFunction(j.fn).selector });
        break;
      }
      case 'encodeDeploy': {
        const iface = new Interface(j.abi);
        out.push({ data: j.bytecode + iface.encodeDeploy(j.args).slice(2) });
        break;
      }
      case 'parseTx': {
        const x = Transaction.from(j.raw);
        out.push({ from: x.from, hash: x.hash, type: x.type, chainId: x.chainId.toString(), nonce: x.nonce,
          to: x.to, value: x.value.toString(), data: x.data });
        break;
      }
      case 'digestJson': {
        const text = canonicalize(j.value);
        out.push({ canonical: text, digest: keccak256(toUtf8Bytes(text)) });
        break;
      }
      case 'sign': {
        // a bare digest, for the signer cross-check over many keys
        out.push({ signature: wallet(j.key).signingKey.sign(j.digest).serialized });
        break;
      }
      default:
        out.push({ error: 'unknown op ' + j.op });
    }
  } catch (e) {
    out.push({ error: String(e.shortMessage ?? e.message ?? e) });
  }
}
process.stdout.write(JSON.stringify(out));
