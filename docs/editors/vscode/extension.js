'use strict';
// Starts `curriculum lsp` over standard input and output for every *.curriculum.json file.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
    const settings = vscode.workspace.getConfiguration('curriculum');
    const server = {
        command: settings.get('command', 'curriculum'),
        args: ['lsp', ...settings.get('arguments', [])],
        transport: TransportKind.stdio
    };
    client = new LanguageClient('curriculum', 'Infant massage curriculum', server, {
        documentSelector: [{ scheme: 'file', pattern: '**/*.curriculum.json' }]
    });
    context.subscriptions.push({ dispose: () => client && client.stop() });
    return client.start();
}

function deactivate() {
    return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
