// A port nobody listens on now, as the system picks one: for the servers the bench, the e2e suite and the fuzz
// start beside each other. From the system's ephemeral range, where fetch refuses none (a port drawn from, say,
// 4800–6800 could be 5060 or 6000, which fetch calls bad and never connects to). Another process may still take
// it before the caller listens on it.
import net from 'node:net';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}
