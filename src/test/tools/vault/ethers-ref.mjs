// Reference computations with ethers v6 for the vault tests (never shipped). Secrets travel as
// arguments because these are throwaway test keys.
//   seed PHRASE PASSWORD              -> BIP-39 seed hex
//   derive PHRASE PASSWORD PATH       -> "address privateKey"
//   encrypt PRIVKEY PASSWORD N        -> v3 keystore JSON (ethers writes "Crypto")
//   decrypt FILE PASSWORD             -> "address privateKey"
import { Mnemonic, HDNodeWallet, Wallet, encryptKeystoreJson } from 'ethers';
import { readFileSync } from 'node:fs';

const [cmd, ...a] = process.argv.slice(2);
switch (cmd) {
  case 'seed':
    console.log(Mnemonic.fromPhrase(a[0], a[1]).computeSeed());
    break;
  case 'derive': {
    const w = HDNodeWallet.fromPhrase(a[0], a[1], a[2]);
    console.log(w.address + ' ' + w.privateKey);
    break;
  }
  case 'encrypt': {
    const w = new Wallet(a[0]);
    console.log(await encryptKeystoreJson({ address: w.address, privateKey: w.privateKey }, a[1], { scrypt: { N: Number(a[2]) } }));
    break;
  }
  case 'decrypt': {
    const w = await Wallet.fromEncryptedJson(readFileSync(a[0], 'utf8'), a[1]);
    console.log(w.address + ' ' + w.privateKey);
    break;
  }
  default:
    console.error('unknown command ' + cmd);
    process.exit(2);
}
