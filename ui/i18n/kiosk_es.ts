<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AaButton</name>
    <message>
        <location filename="../components/AaButton.qml" line="17"/>
        <source>Text size and contrast</source>
        <translation>Tamaño del texto y contraste</translation>
    </message>
    <message>
        <location filename="../components/AaButton.qml" line="60"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../components/AaButton.qml" line="67"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../components/AaButton.qml" line="68"/>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <location filename="../components/AaButton.qml" line="69"/>
        <source>Largest</source>
        <translation>El más grande</translation>
    </message>
    <message>
        <location filename="../components/AaButton.qml" line="88"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../components/AaButton.qml" line="97"/>
        <source>Less motion</source>
        <translation>Menos movimiento</translation>
    </message>
    <message>
        <location filename="../components/AaButton.qml" line="107"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../screens/staff/AdminPage.qml" line="22"/>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location filename="../screens/staff/AdminPage.qml" line="27"/>
        <source>Locked accounts</source>
        <translation>Cuentas bloqueadas</translation>
    </message>
    <message>
        <location filename="../screens/staff/AdminPage.qml" line="31"/>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <location filename="../screens/staff/AdminPage.qml" line="42"/>
        <source>Unlock %1</source>
        <translation>Desbloquear a %1</translation>
    </message>
    <message>
        <location filename="../screens/staff/AdminPage.qml" line="48"/>
        <source>Audit log (latest 50)</source>
        <translation>Registro de auditoría (últimos 50)</translation>
    </message>
    <message>
        <location filename="../screens/staff/AdminPage.qml" line="56"/>
        <source>The log is intact: no row was changed or removed.</source>
        <translation>El registro está intacto: no se cambió ni se quitó ninguna fila.</translation>
    </message>
    <message>
        <location filename="../screens/staff/AdminPage.qml" line="57"/>
        <source>The log was changed: %1. Tell IT.</source>
        <translation>El registro fue cambiado: %1. Avise a informática.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../screens/AttractScreen.qml" line="202"/>
        <source>Touch to learn about your treatment options</source>
        <translation>Toque la pantalla para conocer sus opciones de tratamiento</translation>
    </message>
    <message>
        <location filename="../screens/AttractScreen.qml" line="223"/>
        <source>Touch to start</source>
        <translation>Toque para empezar</translation>
    </message>
    <message>
        <location filename="../screens/AttractScreen.qml" line="234"/>
        <source>Ask us to call you</source>
        <translation>Pida que le llamemos</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <location filename="../screens/CallbackScreen.qml" line="67"/>
        <source>Ask us to call you</source>
        <translation>Pida que le llamemos</translation>
    </message>
    <message>
        <location filename="../screens/CallbackScreen.qml" line="82"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>The database could not be read when the kiosk started. It was moved aside to %1 and a new one was started. Please tell IT.</source>
        <translation type="vanished">La base de datos no se pudo leer al arrancar. Se apartó en %1 y se empezó una nueva. Avise a informática.</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="23"/>
        <source>(closed by the kiosk: nobody answered %1 calls)</source>
        <translation>(cerrado por el kiosco: nadie contestó %1 llamadas)</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="25"/>
        <source>(closed by the kiosk: nobody was reached in time)</source>
        <translation>(cerrado por el kiosco: no se habló con nadie a tiempo)</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="27"/>
        <source>(nobody answered 1 call)</source>
        <translation>(nadie contestó 1 llamada)</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="29"/>
        <source>(nobody answered %1 calls)</source>
        <translation>(nadie contestó %1 llamadas)</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="43"/>
        <source>The database could not be read when the kiosk started. It was moved aside to %1 and a new one was started. Please tell IT. The old file is deleted after %2.</source>
        <translation>La base de datos no se pudo leer al arrancar. Se apartó en %1 y se empezó una nueva. Avise a informática. El archivo antiguo se borra después de %2.</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="55"/>
        <source>%1: %2</source>
        <comment>a status filter and its count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="56"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="72"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="73"/>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="74"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="92"/>
        <source>Oldest waiting since %1</source>
        <translation>El más antiguo espera desde %1</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="115"/>
        <source>Nothing here.</source>
        <translation>No hay nada aquí.</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="163"/>
        <source>Sealed for the clinic</source>
        <translation>Sellado para la clínica</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="185"/>
        <source>Topics: %1</source>
        <translation>Temas: %1</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="187"/>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="188"/>
        <source>Last change: %1</source>
        <translation>Último cambio: %1</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="195"/>
        <source>Called</source>
        <translation>Llamado</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="202"/>
        <source>Not reached</source>
        <translation>No contestó</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="209"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="230"/>
        <source>Topics viewed, last 30 days</source>
        <translation>Temas vistos, últimos 30 días</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="260"/>
        <source>Call-back requests per day, last 30 days</source>
        <translation>Pedidos de llamada por día, últimos 30 días</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="312"/>
        <source>Sending to the clinic</source>
        <translation>Envío a la clínica</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="319"/>
        <source>%1 waiting to be sent, %2 held back.</source>
        <comment>the sync&apos;s pending and parked counts</comment>
        <translation>Por enviar: %1. Retenidas: %2.</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="328"/>
        <source>Last sent: %1</source>
        <translation>Último envío: %1</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="329"/>
        <source>Nothing has been sent yet.</source>
        <translation>Todavía no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="337"/>
        <source>Sending is stopped until IT fixes it: %1</source>
        <translation>El envío está detenido hasta que informática lo arregle: %1</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="353"/>
        <source>Received %1, %2: %3</source>
        <comment>a held-back request: time, number, why</comment>
        <translation>Recibida %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="355"/>
        <source>sealed for the clinic</source>
        <translation>sellada para la clínica</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="361"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../screens/staff/DashboardPage.qml" line="371"/>
        <source>Try all again</source>
        <translation>Intentar todas de nuevo</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../screens/callback/DetailsPage.qml" line="23"/>
        <source>When is the best time to call?</source>
        <translation>¿Cuál es la mejor hora para llamarle?</translation>
    </message>
    <message>
        <location filename="../screens/callback/DetailsPage.qml" line="46"/>
        <source>Which language should we speak?</source>
        <translation>¿En qué idioma le hablamos?</translation>
    </message>
    <message>
        <location filename="../screens/callback/DetailsPage.qml" line="69"/>
        <source>What would you like to talk about? Pick any.</source>
        <translation>¿De qué le gustaría hablar? Elija los que quiera.</translation>
    </message>
    <message>
        <location filename="../screens/callback/DetailsPage.qml" line="82"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location filename="../screens/callback/DetailsPage.qml" line="93"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>EmergencyPanel</name>
    <message>
        <location filename="../components/EmergencyPanel.qml" line="33"/>
        <source>Call %1 right away if…</source>
        <translation>Llame al %1 de inmediato si…</translation>
    </message>
    <message>
        <location filename="../components/EmergencyPanel.qml" line="43"/>
        <source>Call your care team at %1, day or night, if…</source>
        <translation>Llame a su equipo médico al %1, de día o de noche, si…</translation>
    </message>
    <message>
        <location filename="../components/EmergencyPanel.qml" line="44"/>
        <source>Call your care team, day or night, if…</source>
        <translation>Llame a su equipo médico, de día o de noche, si…</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../screens/staff/ExportPage.qml" line="34"/>
        <source>Export the call-back list</source>
        <translation>Exportar la lista de llamadas</translation>
    </message>
    <message>
        <location filename="../screens/staff/ExportPage.qml" line="41"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../screens/staff/ExportPage.qml" line="42"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../screens/staff/ExportPage.qml" line="43"/>
        <source>PDF to print</source>
        <translation>PDF para imprimir</translation>
    </message>
    <message>
        <location filename="../screens/staff/ExportPage.qml" line="58"/>
        <source>Save it to:</source>
        <translation>Guardarla en:</translation>
    </message>
    <message>
        <location filename="../screens/staff/ExportPage.qml" line="70"/>
        <source>USB drive %1</source>
        <translation>Memoria USB %1</translation>
    </message>
    <message>
        <location filename="../screens/staff/ExportPage.qml" line="71"/>
        <source>This kiosk&apos;s export folder</source>
        <translation>La carpeta de exportación del quiosco</translation>
    </message>
    <message>
        <location filename="../screens/staff/ExportPage.qml" line="76"/>
        <source>%1 saved to %2, in the file %3.</source>
        <translation>%1 guardado(s) en %2, en el archivo %3.</translation>
    </message>
    <message>
        <location filename="../screens/staff/ExportPage.qml" line="78"/>
        <source>The export did not work. Please try another place, or tell IT.</source>
        <translation>La exportación no funcionó. Pruebe otro lugar o avise a informática.</translation>
    </message>
    <message>
        <location filename="../screens/staff/ExportPage.qml" line="93"/>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/HomeScreen.qml" line="29"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="28"/>
        <source>What would you like to learn about?</source>
        <translation>¿Sobre qué le gustaría aprender?</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="77"/>
        <source>Compare the treatments</source>
        <translation>Compare los tratamientos</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="78"/>
        <source>See them side by side.</source>
        <translation>Véalos uno al lado del otro.</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="90"/>
        <source>Ask us to call you</source>
        <translation>Pida que le llamemos</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="91"/>
        <source>We can call you later to answer your questions.</source>
        <translation>Podemos llamarle más tarde para responder sus preguntas.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../components/IdleOverlay.qml" line="38"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../components/IdleOverlay.qml" line="47"/>
        <source>Staff mode will lock soon, to keep the list private.</source>
        <translation>El modo del personal se bloqueará pronto, para proteger la lista.</translation>
    </message>
    <message>
        <location filename="../components/IdleOverlay.qml" line="48"/>
        <source>To keep your information private, this screen will start over soon.</source>
        <translation>Para proteger su información, esta pantalla volverá a empezar pronto.</translation>
    </message>
    <message>
        <location filename="../components/IdleOverlay.qml" line="61"/>
        <source>Yes, I am still here</source>
        <translation>Sí, aquí estoy</translation>
    </message>
    <message>
        <location filename="../components/IdleOverlay.qml" line="61"/>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../components/Keyboard.qml" line="56"/>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <location filename="../components/Keyboard.qml" line="65"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../components/Keyboard.qml" line="76"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../components/Keypad.qml" line="42"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <location filename="../components/ListenButton.qml" line="9"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="134"/>
        <source>More below</source>
        <translation>Ver más abajo</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../screens/callback/NamePage.qml" line="14"/>
        <source>Please use %1 letters or fewer.</source>
        <translation>Por favor, use %1 letras o menos.</translation>
    </message>
    <message>
        <location filename="../screens/callback/NamePage.qml" line="15"/>
        <source>Please use letters only.</source>
        <translation>Por favor, use solo letras.</translation>
    </message>
    <message>
        <location filename="../screens/callback/NamePage.qml" line="42"/>
        <source>What should we call you? You can skip this.</source>
        <translation>¿Cuál es su nombre? Puede saltar este paso.</translation>
    </message>
    <message>
        <location filename="../screens/callback/NamePage.qml" line="68"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../screens/callback/NamePage.qml" line="68"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../screens/callback/OutcomePage.qml" line="26"/>
        <source>Thank you. The clinic will call you.</source>
        <translation>Gracias. La clínica le va a llamar.</translation>
    </message>
    <message>
        <location filename="../screens/callback/OutcomePage.qml" line="27"/>
        <source>Please ask at the front desk.</source>
        <translation>Por favor, pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../screens/callback/OutcomePage.qml" line="44"/>
        <source>Someone from our team will call you, usually within 2 working days. If you do not hear from us, please ask at the front desk.</source>
        <translation>Alguien de nuestro equipo le llamará, por lo general en 2 días hábiles. Si no sabe de nosotros, por favor pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../screens/callback/OutcomePage.qml" line="45"/>
        <source>We could not take your request on this screen right now. The front desk will be glad to help you and write down your number.</source>
        <translation>Ahora no pudimos recibir su pedido en esta pantalla. En la recepción con gusto le ayudan y anotan su número.</translation>
    </message>
    <message>
        <location filename="../screens/callback/OutcomePage.qml" line="62"/>
        <source>You can also call us at %1.</source>
        <translation>También puede llamarnos al %1.</translation>
    </message>
    <message>
        <location filename="../screens/callback/OutcomePage.qml" line="70"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../screens/callback/OutcomePage.qml" line="78"/>
        <source>This screen will start over by itself in a moment.</source>
        <translation>Esta pantalla volverá a empezar sola en un momento.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="15"/>
        <source>Please type your phone number.</source>
        <translation>Por favor, escriba su número de teléfono.</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="16"/>
        <source>This number is too short. Please include the area code.</source>
        <translation>Este número es muy corto. Por favor, incluya el código de área.</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="17"/>
        <source>This number is too long. Please check it.</source>
        <translation>Este número es muy largo. Por favor, revíselo.</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="18"/>
        <source>Please use numbers only.</source>
        <translation>Por favor, use solo números.</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="19"/>
        <source>Please give a number that reaches you, not a toll-free number.</source>
        <translation>Por favor, dé un número donde podamos encontrarle, no un número gratuito.</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="20"/>
        <source>Please give your own phone number.</source>
        <translation>Por favor, dé su propio número de teléfono.</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="21"/>
        <source>This is an emergency number. If you need help now, please tell the front desk.</source>
        <translation>Ese es un número de emergencia. Si necesita ayuda ahora, por favor avise en la recepción.</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="23"/>
        <source>We can call numbers that start with %1. Please check the number.</source>
        <translation>Podemos llamar a números que empiezan por %1. Por favor, revise el número.</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="25"/>
        <source>This does not look like a phone number. Please check it.</source>
        <translation>Esto no parece un número de teléfono. Por favor, revíselo.</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="52"/>
        <source>What number should we call?</source>
        <translation>¿A qué número le llamamos?</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="92"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="98"/>
        <source>Number entered, ending in %1.</source>
        <translation>Número ingresado, termina en %1.</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="110"/>
        <source>Digit entered</source>
        <translation>Dígito ingresado</translation>
    </message>
    <message>
        <location filename="../screens/callback/PhonePage.qml" line="114"/>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="135"/>
        <source>How it works</source>
        <translation>Cómo funciona</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="136"/>
        <source>Before you come</source>
        <translation>Antes de venir</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="137"/>
        <location filename="../screens/ProcedureScreen.qml" line="321"/>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="138"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="139"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="140"/>
        <source>Questions to ask</source>
        <translation>Preguntas para su médico</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="141"/>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="312"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="321"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="358"/>
        <source>Who can have it</source>
        <translation>Quién puede recibirlo</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="365"/>
        <source>What it is meant to do</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="372"/>
        <source>Getting ready and the day itself</source>
        <translation>Cómo prepararse y cómo es el día</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="378"/>
        <source>What can be good about it</source>
        <translation>Lo bueno de este tratamiento</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="384"/>
        <source>Common side effects (usually mild)</source>
        <translation>Efectos secundarios comunes (por lo general, leves)</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="390"/>
        <source>Serious problems (not common, but they can happen)</source>
        <translation>Problemas graves (no son comunes, pero pueden pasar)</translation>
    </message>
    <message>
        <source>Serious problems (uncommon)</source>
        <translation type="vanished">Problemas graves (poco comunes)</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="396"/>
        <source>Going home and getting better</source>
        <translation>Volver a casa y recuperarse</translation>
    </message>
    <message>
        <source>Call your care team if</source>
        <translation type="vanished">Llame a su equipo médico si</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="410"/>
        <source>Questions you may want to ask your doctor</source>
        <translation>Preguntas que quizá quiera hacerle a su médico</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="417"/>
        <source>Where this information comes from</source>
        <translation>De dónde viene esta información</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="443"/>
        <source>More below</source>
        <translation>Ver más abajo</translation>
    </message>
    <message>
        <location filename="../screens/ProcedureScreen.qml" line="170"/>
        <source>Ask us to call you</source>
        <translation>Pida que le llamemos</translation>
    </message>
</context>
<context>
    <name>ReviewFooter</name>
    <message>
        <location filename="../components/ReviewFooter.qml" line="19"/>
        <source>Draft — not yet reviewed by a doctor.</source>
        <translation>Borrador: aún no revisado por un médico.</translation>
    </message>
    <message>
        <location filename="../components/ReviewFooter.qml" line="20"/>
        <source>Reviewed by %1 on %2.</source>
        <translation>Revisado por %1 el %2.</translation>
    </message>
    <message>
        <location filename="../components/ReviewFooter.qml" line="22"/>
        <source>Next review by %1.</source>
        <translation>Próxima revisión antes del %1.</translation>
    </message>
    <message>
        <location filename="../components/ReviewFooter.qml" line="24"/>
        <source>This is general information, not medical advice. Your care team will tell you what is right for you.</source>
        <translation>Esta es información general, no un consejo médico. Su equipo médico le dirá qué es lo mejor para usted.</translation>
    </message>
    <message>
        <location filename="../components/ReviewFooter.qml" line="46"/>
        <source>If you feel unwell while you wait, tell the front desk now.</source>
        <translation>Si se siente mal mientras espera, avise ahora en la recepción.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="43"/>
        <source>Please check your request</source>
        <translation>Por favor, revise su pedido</translation>
    </message>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="49"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="50"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="51"/>
        <source>(not given)</source>
        <translation>(no lo dio)</translation>
    </message>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="52"/>
        <source>Best time</source>
        <translation>Mejor hora</translation>
    </message>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="54"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="56"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="57"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="58"/>
        <source>General questions</source>
        <translation>Preguntas generales</translation>
    </message>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="95"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="95"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="146"/>
        <source>Tick the box to send.</source>
        <translation>Marque la casilla para enviar.</translation>
    </message>
    <message>
        <location filename="../screens/callback/ReviewPage.qml" line="135"/>
        <source>Send my request</source>
        <translation>Enviar mi pedido</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../screens/staff/SignInPage.qml" line="26"/>
        <source>No staff accounts yet. Clinic IT creates the first one on this computer with:

kiosk staff add YOUR-NAME --admin</source>
        <translation>Todavía no hay cuentas del personal. Informática crea la primera en esta computadora con:

kiosk staff add SU-NOMBRE --admin</translation>
    </message>
    <message>
        <location filename="../screens/staff/SignInPage.qml" line="36"/>
        <source>Tap your name</source>
        <translation>Toque su nombre</translation>
    </message>
    <message>
        <location filename="../screens/staff/SignInPage.qml" line="51"/>
        <source>%1 (locked)</source>
        <translation>%1 (bloqueado)</translation>
    </message>
    <message>
        <location filename="../screens/staff/SignInPage.qml" line="72"/>
        <source>PIN for %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <location filename="../screens/staff/SignInPage.qml" line="104"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../screens/staff/SignInPage.qml" line="114"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../screens/staff/SignInPage.qml" line="120"/>
        <source>This account is locked. Ask an administrator, or IT: kiosk staff unlock NAME</source>
        <translation>Esta cuenta está bloqueada. Pida ayuda a un administrador o a informática: kiosk staff unlock NOMBRE</translation>
    </message>
    <message>
        <location filename="../screens/staff/SignInPage.qml" line="122"/>
        <source>Too many wrong PINs. Please wait %1 and try again.</source>
        <translation>Demasiados PIN equivocados. Espere %1 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../screens/staff/SignInPage.qml" line="124"/>
        <source>That PIN is not right. Please wait %1 before you try again.</source>
        <translation>Ese PIN no es correcto. Espere %1 antes de intentarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../screens/staff/SignInPage.qml" line="126"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <location filename="../components/SpeechControls.qml" line="12"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../components/SpeechControls.qml" line="19"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../components/SpeechControls.qml" line="26"/>
        <source>Slower</source>
        <translation>Más despacio</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../screens/StaffScreen.qml" line="46"/>
        <source>Staff: %1</source>
        <translation>Personal: %1</translation>
    </message>
    <message>
        <location filename="../screens/StaffScreen.qml" line="46"/>
        <source>Staff sign-in</source>
        <translation>Entrada del personal</translation>
    </message>
    <message>
        <location filename="../screens/StaffScreen.qml" line="68"/>
        <source>Accounts and audit log</source>
        <translation>Cuentas y registro de auditoría</translation>
    </message>
    <message>
        <location filename="../screens/StaffScreen.qml" line="75"/>
        <source>Export the list</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <location filename="../screens/StaffScreen.qml" line="61"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../screens/StaffScreen.qml" line="61"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../components/StepIndicator.qml" line="19"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>TakeHomeQr</name>
    <message>
        <location filename="../components/TakeHomeQr.qml" line="42"/>
        <source>QR code to read this at home</source>
        <translation>Código QR para leer esto en casa</translation>
    </message>
    <message>
        <location filename="../components/TakeHomeQr.qml" line="49"/>
        <source>Scan with your phone camera to read this at home</source>
        <translation>Escanéelo con la cámara de su teléfono para leer esto en casa</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../components/TopBar.qml" line="13"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>VesselLegend</name>
    <message>
        <location filename="../components/VesselLegend.qml" line="24"/>
        <source>Artery: feeds the tumor</source>
        <translation>Arteria: alimenta el tumor</translation>
    </message>
    <message>
        <location filename="../components/VesselLegend.qml" line="25"/>
        <source>Portal vein: feeds the healthy liver</source>
        <translation>Vena porta: alimenta el hígado sano</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../Words.qml" line="10"/>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="11"/>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="12"/>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="13"/>
        <source>Any time</source>
        <translation>Cualquier hora</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="19"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="28"/>
        <source>USB drive %1</source>
        <translation>Memoria USB %1</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="28"/>
        <source>the kiosk&apos;s export folder</source>
        <translation>la carpeta de exportación del quiosco</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="33"/>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="33"/>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="36"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="36"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="39"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="39"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="42"/>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="42"/>
        <source>%1 files</source>
        <translation>%1 archivos</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="45"/>
        <source>1 request</source>
        <translation>1 solicitud</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="45"/>
        <source>%1 requests</source>
        <translation>%1 solicitudes</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="50"/>
        <source>The kiosk (nightly clean-up)</source>
        <translation>El quiosco (limpieza nocturna)</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="51"/>
        <source>The kiosk</source>
        <translation>El kiosco</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="52"/>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="53"/>
        <source>%1 (IT, command line)</source>
        <translation>%1 (informática, línea de comandos)</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="53"/>
        <source>IT (command line)</source>
        <translation>Informática (línea de comandos)</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="59"/>
        <source>a request that has since been deleted</source>
        <translation>una solicitud que ya se borró</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="60"/>
        <source>the request from %1, received %2</source>
        <translation>la solicitud de %1, recibida el %2</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="66"/>
        <source>%1 signed in.</source>
        <translation>%1 inició sesión.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="67"/>
        <source>%1 locked staff mode.</source>
        <translation>%1 bloqueó el modo del personal.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="70"/>
        <source>A PIN was typed for a name that is not a staff member.</source>
        <translation>Se escribió un PIN para un nombre que no es del personal.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="71"/>
        <source>%1 typed a wrong PIN (%2 in a row).</source>
        <translation>%1 escribió un PIN equivocado (%2 seguidos).</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="72"/>
        <source>%1&apos;s account was locked after %2 wrong PINs.</source>
        <translation>La cuenta de %1 se bloqueó tras %2 PIN equivocados.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="75"/>
        <source>%1 could not reach %2.</source>
        <translation>%1 no pudo contactar %2.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="76"/>
        <source>%1 marked %2 as %3.</source>
        <translation>%1 marcó %2 como %3.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="78"/>
        <source>%1 exported %2 as %3.</source>
        <translation>%1 exportó %2 como %3.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="82"/>
        <source>%1 closed %2: nobody answered %3 calls.</source>
        <translation>%1 cerró %2: nadie contestó %3 llamadas.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="83"/>
        <source>%1 closed %2: nobody was reached in %3.</source>
        <translation>%1 cerró %2: no se habló con nadie en %3.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="87"/>
        <source>%1 deleted old export files: %2.</source>
        <translation>%1 borró archivos de exportación antiguos: %2.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="89"/>
        <source>%1 deleted %2 done more than %3 days ago.</source>
        <translation>%1 borró %2 terminadas hace más de %3 días.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="91"/>
        <source>%1 deleted %2 done more than %3 ago or made more than %4 ago.</source>
        <translation>%1 borró %2 terminadas hace más de %3 o hechas hace más de %4.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="94"/>
        <source>%1 added %2 as a staff member.</source>
        <translation>%1 añadió a %2 al personal.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="95"/>
        <source>%1 removed the staff member %2.</source>
        <translation>%1 quitó a %2 del personal.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="96"/>
        <source>%1 set a new PIN for %2.</source>
        <translation>%1 puso un PIN nuevo para %2.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="97"/>
        <source>%1 unlocked the account of %2.</source>
        <translation>%1 desbloqueó la cuenta de %2.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="98"/>
        <source>%1 asked for held-back requests to be sent again.</source>
        <translation>%1 pidió volver a enviar los pedidos retenidos.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="99"/>
        <source>%1 started sending to the clinic again.</source>
        <translation>%1 reanudó el envío a la clínica.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="101"/>
        <source>The numbers and names of %1 already sent to the clinic were deleted.</source>
        <translation>Se borraron los números y nombres de %1 ya enviados a la clínica.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="103"/>
        <source>%1 made a practice request (not a patient).</source>
        <translation>%1 hizo un pedido de práctica (no es un paciente).</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="104"/>
        <source>%1: another action.</source>
        <translation>%1: otra acción.</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="109"/>
        <source>Called</source>
        <translation>Llamado</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="110"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../Words.qml" line="111"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
</context>
</TS>
